/* TRUTH: racy. Globals A and B hold the SAME heap node; one thread writes A->datum
   under la, the other B->datum under lb. */
#include <pthread.h>
#include <stdlib.h>
struct node { int datum; };
struct node *A, *B;
pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
void *ta(void *arg) { pthread_mutex_lock(&la); A->datum++; pthread_mutex_unlock(&la); return NULL; }
void *tb(void *arg) { pthread_mutex_lock(&lb); B->datum++; pthread_mutex_unlock(&lb); return NULL; }
int main(void) {
  struct node *n = calloc(1, sizeof *n);
  A = n;
  B = n;
  pthread_t x, y;
  pthread_create(&x, NULL, ta, NULL);
  pthread_create(&y, NULL, tb, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return 0;
}
