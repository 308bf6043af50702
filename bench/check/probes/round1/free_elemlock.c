/* TRUTH: free. Bucket k's list is only touched while holding lock[k]; threads pick
   buckets by id, two threads may share a bucket but then share its lock. */
#include <pthread.h>
#include <stdlib.h>
#define B 2
struct node { int key; struct node *next; };
struct node *bucket[B];
pthread_mutex_t lock[B] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
void *worker(void *arg) {
  long id = (long)arg;
  int k = (int)(id % B);
  struct node *n = malloc(sizeof *n);
  n->key = (int)id;
  pthread_mutex_lock(&lock[k]);
  n->next = bucket[k];
  bucket[k] = n;
  pthread_mutex_unlock(&lock[k]);
  return NULL;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return 0;
}
