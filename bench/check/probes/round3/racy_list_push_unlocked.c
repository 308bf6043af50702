/* TRUTH: racy. Two threads push onto global head without any lock (head read/written). */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *head;
static void *pusher(void *x) {
  (void)x;
  struct node *n = malloc(sizeof *n);
  if (!n) return NULL;
  n->val = 1;
  n->next = head;
  head = n;
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, pusher, NULL);
  pthread_create(&t2, NULL, pusher, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return head != NULL;
}
