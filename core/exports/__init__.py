"""What leaves the app as a file: slide decks, gemeente profiles (PDF), chart and map images, and the exhibits a page registers for them."""
