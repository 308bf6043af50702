/* TRUTH: racy. A and B are initialised to point at the same static node; the threads
   write it under different locks. */
#include <pthread.h>
struct node { int datum; };
static struct node shared_node;
struct node *A = &shared_node, *B = &shared_node;
pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
void *ta(void *arg) { pthread_mutex_lock(&la); A->datum++; pthread_mutex_unlock(&la); return NULL; }
void *tb(void *arg) { pthread_mutex_lock(&lb); B->datum++; pthread_mutex_unlock(&lb); return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, ta, NULL);
  pthread_create(&y, NULL, tb, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return 0;
}
