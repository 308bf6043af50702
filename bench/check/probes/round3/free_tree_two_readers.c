/* TRUTH: free. Tree built before threads; both threads only read it (recursive sum/count);
   results go to distinct array elements. */
#include <pthread.h>
#include <stdlib.h>
struct tn { int key; struct tn *l, *r; };
static struct tn *root;
static int res[2];
static struct tn *ins(struct tn *t, int k) {
  if (!t) { t = calloc(1, sizeof *t); if (t) t->key = k; return t; }
  if (k < t->key) t->l = ins(t->l, k); else t->r = ins(t->r, k);
  return t;
}
static int sum(struct tn *t) { return t ? t->key + sum(t->l) + sum(t->r) : 0; }
static int cnt(struct tn *t) { return t ? 1 + cnt(t->l) + cnt(t->r) : 0; }
static void *ra(void *x) { (void)x; res[0] = sum(root); return NULL; }
static void *rb(void *x) { (void)x; res[1] = cnt(root); return NULL; }
int main(void) {
  pthread_t a, b;
  int ks[] = { 5, 2, 8, 1 };
  for (int i = 0; i < 4; i++) root = ins(root, ks[i]);
  pthread_create(&a, NULL, ra, NULL);
  pthread_create(&b, NULL, rb, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return res[0] + res[1];
}
