/* TRUTH: racy. Global tree built by main before threads; one thread recursively increments
   every key, the other recursively sums keys; no locks. */
#include <pthread.h>
#include <stdlib.h>
struct tn { int key; struct tn *l, *r; };
static struct tn *root;
static struct tn *ins(struct tn *t, int k) {
  if (!t) { t = calloc(1, sizeof *t); if (t) t->key = k; return t; }
  if (k < t->key) t->l = ins(t->l, k); else t->r = ins(t->r, k);
  return t;
}
static void bump(struct tn *t) { if (!t) return; t->key++; bump(t->l); bump(t->r); }
static int sum(struct tn *t) { return t ? t->key + sum(t->l) + sum(t->r) : 0; }
static void *incer(void *x) { (void)x; bump(root); return NULL; }
static void *reader(void *x) { (void)x; return (void *)(long)sum(root); }
int main(void) {
  pthread_t a, b;
  int ks[] = { 5, 2, 8, 1 };
  for (int i = 0; i < 4; i++) root = ins(root, ks[i]);
  pthread_create(&a, NULL, incer, NULL);
  pthread_create(&b, NULL, reader, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
