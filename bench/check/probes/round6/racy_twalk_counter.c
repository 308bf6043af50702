/* TRUTH: racy. Both threads twalk the (read-only) tree; the action callback increments a plain global. */
#include <pthread.h>
#include <search.h>
#include <string.h>
void *root; int visits;
static int cmp(const void *a, const void *b) { return strcmp(a, b); }
static void act(const void *n, VISIT v, int d) { (void)n; (void)d; if (v == leaf || v == postorder) visits++; }
void *w(void *a) { (void)a; twalk(root, act); return 0; }
int main(void) { pthread_t a, b; tsearch("k1", &root, cmp); tsearch("k2", &root, cmp);
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0); return visits; }
