/* TRUTH: free. The popper unlinks the head node under m, then writes its fields outside the
   lock: the node is unreachable for the other thread, which only touches nodes via head
   under m. Main built the list before creating threads. */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *head;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *popper(void *x) {
  (void)x;
  pthread_mutex_lock(&m);
  struct node *n = head;
  if (n) head = n->next;
  pthread_mutex_unlock(&m);
  if (n) { n->val = 42; free(n); }
  return NULL;
}
static void *summer(void *x) {
  (void)x;
  int s = 0;
  pthread_mutex_lock(&m);
  for (struct node *n = head; n; n = n->next) s += n->val;
  pthread_mutex_unlock(&m);
  return (void *)(long)s;
}
int main(void) {
  pthread_t t1, t2;
  for (int i = 0; i < 3; i++) {
    struct node *n = malloc(sizeof *n);
    if (!n) return 1;
    n->val = i; n->next = head; head = n;
  }
  pthread_create(&t1, NULL, popper, NULL);
  pthread_create(&t2, NULL, summer, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
