/* TRUTH: free — nodes are private until published by CAS on top; concurrent ops on top are __sync; main pops after join */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_13_treiber_push.c", 5, "reach_error"); }
#define N 3
struct node { int val; struct node *next; };
struct node *top;

void push(int v) {
  struct node *n = malloc(sizeof(struct node));
  if (!n) return;
  n->val = v;
  struct node *old;
  do {
    old = __atomic_load_n(&top, __ATOMIC_ACQUIRE);
    n->next = old;
  } while (!__sync_bool_compare_and_swap(&top, old, n));
}

void *pusher(void *arg) {
  push(1);
  push(2);
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, pusher, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  int cnt = 0;
  while (top) {
    struct node *n = top;
    top = n->next;
    cnt += n->val;
    free(n);
  }
  if (cnt != 9) reach_error();
  return 0;
}
