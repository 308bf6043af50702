/* TRUTH: free. Two threads insert into a global BST under m (recursive insert). */
#include <pthread.h>
#include <stdlib.h>
struct tn { int key; struct tn *l, *r; };
static struct tn *root;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct tn *ins(struct tn *t, int k) {
  if (!t) { t = calloc(1, sizeof *t); if (t) t->key = k; return t; }
  if (k < t->key) t->l = ins(t->l, k); else t->r = ins(t->r, k);
  return t;
}
static void *w(void *x) {
  long base = (long)x;
  for (int i = 0; i < 3; i++) {
    pthread_mutex_lock(&m);
    root = ins(root, (int)base + i);
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, (void *)10);
  pthread_create(&b, NULL, w, (void *)20);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return root ? root->key : 0;
}
