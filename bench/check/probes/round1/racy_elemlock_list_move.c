/* TRUTH: racy. Each bucket list is guarded by its own lock, but one thread links the
   node of bucket 0 into bucket 1 (via a helper that does the store), after which
   threads update the same node under different locks. */
#include <pthread.h>
#include <stdlib.h>
struct node { int hits; struct node *next; };
struct node *bucket[2];
pthread_mutex_t lock[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
void *worker(void *arg) {
  long k = (long)arg;
  pthread_mutex_lock(&lock[k]);
  for (struct node *n = bucket[k]; n; n = n->next) n->hits++;
  pthread_mutex_unlock(&lock[k]);
  return NULL;
}
int main(void) {
  struct node *a = calloc(1, sizeof *a);
  struct node *b = calloc(1, sizeof *b);
  bucket[0] = a;
  b->next = a;
  bucket[1] = b;
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return 0;
}
