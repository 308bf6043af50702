/* TRUTH: free. Two threads push fresh nodes onto a global list under m; main walks the
   list after joining both. */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *head;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *pusher(void *x) {
  (void)x;
  for (int i = 0; i < 4; i++) {
    struct node *n = malloc(sizeof *n);
    if (!n) return NULL;
    n->val = i;
    pthread_mutex_lock(&m);
    n->next = head; head = n;
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  int c = 0;
  pthread_create(&t1, NULL, pusher, NULL);
  pthread_create(&t2, NULL, pusher, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  for (struct node *n = head; n; n = n->next) c += n->val;
  return c;
}
