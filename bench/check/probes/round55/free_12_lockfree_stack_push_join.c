/* TRUTH: free — Treiber push: node fields written before release-CAS publishing; main traverses after joining */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
struct node { int val; struct node *next; };
_Atomic(struct node *) top;
void *pusher(void *arg) {
  for (int i = 0; i < 3; i++) {
    struct node *n = malloc(sizeof *n);
    if (!n) return NULL;
    n->val = i;
    struct node *old = atomic_load(&top);
    do { n->next = old; } while (!atomic_compare_exchange_weak(&top, &old, n));
  }
  return NULL;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, pusher, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  int cnt = 0;
  for (struct node *n = atomic_load(&top); n; n = n->next) cnt++;
  if (cnt > 6) reach_error();
  return 0;
}
