// Hand-written news pages (fictional outlets and events) for the HTML extraction tests: a
// full article page with every kind of chrome around it, and pages with no article at all.
#pragma once

namespace corroborate::testing {

// An article with a heading, a list and a block quote, surrounded by a cookie banner, a menu,
// a byline, a share bar, a captioned photo, an ad slot, a newsletter box, tags, an author
// bio, related stories, comments, a most-read sidebar and a footer.
inline constexpr char kFloodBarrierPage[] = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council approves river barrier after record floods | The Lakeshore Gazette</title>
<meta property="og:site_name" content="The Lakeshore Gazette">
<meta property="og:title" content="Council approves river barrier after record floods">
<meta property="article:published_time" content="2025-03-14T09:30:00+01:00">
<meta name="author" content="Marta Keller">
<link rel="canonical" href="https://gazette.example/news/2025/03/14/river-barrier">
<script>var teaser = "<p>Script text is never article text, whatever it says.</p>";</script>
<style>p { margin: 0 }</style>
</head>
<body class="single single-post has-sidebar">
<div id="cookie-banner" class="cookie-consent">
  <p>We use cookies to improve your experience on our site. By continuing to browse, you accept
  our use of cookies and our privacy policy.</p>
  <button>Accept all</button>
</div>
<header class="site-header">
  <a class="logo" href="/">The Lakeshore Gazette</a>
  <nav class="main-nav"><ul>
    <li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
    <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li>
  </ul></nav>
</header>
<main id="main">
<article class="post">
  <h1 class="entry-title">Council approves river barrier after record floods</h1>
  <div class="byline">By <a href="/authors/marta-keller">Marta Keller</a>,
    <time datetime="2025-03-14T09:30">14 March 2025</time></div>
  <div class="share-bar">
    <a href="https://facebook.example/share">Share on Facebook</a>
    <a href="https://x.example/share">Share on X</a>
    <a href="mailto:?subject=river">Email this story</a>
  </div>
  <figure class="lead-image">
    <img src="/img/flood.jpg" alt="A flooded street">
    <figcaption>Residents wade through Mill Street on Tuesday morning. Photo: Jan Novak</figcaption>
  </figure>
  <div class="article-body">
    <p>The city council voted 27 to 4 on Thursday to build a movable barrier across the Vell
    river, three weeks after the worst floods in the town's recorded history forced 1,200
    people from their homes.</p>
    <p>The barrier, estimated to cost 84 million euros, will be built over four years at the
    narrows below the old harbour, said deputy mayor Ilse Brandt, who led the flood
    committee.</p>
    <h2>What the plan includes</h2>
    <ul>
      <li>A steel gate that closes when the river rises above 3.2 metres</li>
      <li>Raised embankments along both banks of the lower town</li>
      <li>A pumping station beside the ferry terminal</li>
    </ul>
    <div class="ad-slot"><span>Advertisement</span></div>
    <blockquote><p>“We cannot ask people to rebuild their kitchens a third time in ten years,”
    Brandt told the chamber.</p></blockquote>
    <p>Opposition councillors argued that the money would be better spent on moving the most
    exposed households to higher ground, and said the estimate left out the cost of
    maintaining the gate.</p>
    <aside class="newsletter-signup">
      <h3>Get the morning briefing</h3>
      <p>Sign up for our newsletter and get the day's top stories in your inbox every
      morning, free of charge.</p>
      <form><input type="email" placeholder="Your email"><button>Subscribe</button></form>
    </aside>
    <p>Construction is expected to begin in the autumn, once the regional water authority
    approves the final design.</p>
    <p style="display:none">Hidden text left behind by the page template for later use.</p>
  </div>
  <div class="tags"><a href="/tag/floods">Floods</a> <a href="/tag/council">City council</a></div>
  <div class="author-bio">
    <p>Marta Keller covers city hall and the environment for the Gazette. She previously
    reported from the regional parliament for six years.</p>
  </div>
</article>
<section class="related-articles">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/a">Floodwater recedes in the lower town as the clean-up begins</a></li>
    <li><a href="/b">Insurers brace for record claims after the river breaks its banks</a></li>
    <li><a href="/c">Ferry services suspended for a second week</a></li>
  </ul>
</section>
<section id="comments" class="comments-area">
  <h2>2 comments</h2>
  <ol class="comment-list">
    <li><p>About time! My cellar has flooded four times since 2015, and nobody at the council
    listened until now.</p></li>
    <li><p>84 million euros for a gate? The embankments alone would have been enough if they
    had been maintained properly all these years.</p></li>
  </ol>
</section>
</main>
<aside class="sidebar">
  <h3>Most read</h3>
  <ol><li><a href="/x">Mayor announces a new tram line to the university campus</a></li></ol>
</aside>
<footer class="site-footer">
  <p>© 2025 The Lakeshore Gazette. All rights reserved.</p>
  <a href="/privacy">Privacy</a> <a href="/terms">Terms</a>
</footer>
</body>
</html>
)html";

// A section front: headlines and one-line teasers, every one a link. No article.
inline constexpr char kSectionFrontPage[] = R"html(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | The Lakeshore Gazette</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main>
  <h1>News</h1>
  <ul class="story-list">
    <li><a href="/1"><h3>Council approves river barrier after record floods</h3>
      <p>The vote came three weeks after the worst floods in the town's history.</p></a></li>
    <li><a href="/2"><h3>Ferry services suspended for a second week</h3>
      <p>Operators said the harbour walls must be inspected before sailings resume.</p></a></li>
    <li><a href="/3"><h3>New tram line to reach the university campus by 2027</h3>
      <p>The line will add six stops between the station and the science park.</p></a></li>
  </ul>
</main>
<footer><p>© 2025 The Lakeshore Gazette</p></footer>
</body></html>
)html";

// A "page not found" page.
inline constexpr char kNotFoundPage[] = R"html(<!DOCTYPE html>
<html><head><title>Page not found</title></head>
<body><header><a href="/">The Lakeshore Gazette</a></header>
<div class="error"><h1>404</h1><p>Sorry, we could not find that page.</p>
<p><a href="/">Go to the home page</a></p></div></body></html>
)html";

}  // namespace corroborate::testing
