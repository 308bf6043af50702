/* TRUTH: racy. main builds a malloc'd list under global head before threads; both threads
   walk it and increment node->val without a lock. */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *head;
static void *walker(void *x) {
  (void)x;
  for (struct node *n = head; n; n = n->next) n->val++;
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  for (int i = 0; i < 3; i++) {
    struct node *n = malloc(sizeof *n);
    if (!n) return 1;
    n->val = i; n->next = head; head = n;
  }
  pthread_create(&t1, NULL, walker, NULL);
  pthread_create(&t2, NULL, walker, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
