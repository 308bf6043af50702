/* TRUTH: free. Two separate heap nodes hang off A and B; each is written under its own
   lock by one thread. */
#include <pthread.h>
#include <stdlib.h>
struct node { int datum; };
struct node *A, *B;
pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
void *ta(void *arg) { pthread_mutex_lock(&la); A->datum++; pthread_mutex_unlock(&la); return NULL; }
void *tb(void *arg) { pthread_mutex_lock(&lb); B->datum++; pthread_mutex_unlock(&lb); return NULL; }
int main(void) {
  A = calloc(1, sizeof *A);
  B = calloc(1, sizeof *B);
  pthread_t x, y;
  pthread_create(&x, NULL, ta, NULL);
  pthread_create(&y, NULL, tb, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return 0;
}
