/* TRUTH: racy. The writer reads head under m but writes n->val after unlocking, without
   unlinking; the summer reads every node's val under m -> race on val. */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *head;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *writer(void *x) {
  (void)x;
  pthread_mutex_lock(&m);
  struct node *n = head;
  pthread_mutex_unlock(&m);
  if (n) n->val = 42;
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
  pthread_create(&t1, NULL, writer, NULL);
  pthread_create(&t2, NULL, summer, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
