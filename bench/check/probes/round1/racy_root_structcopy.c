/* TRUTH: racy. B is a whole-struct copy of A, so B.head and A.head point to the same
   node; the two threads write it under different locks. */
#include <pthread.h>
#include <stdlib.h>
struct node { int datum; };
struct list { struct node *head; };
struct list A, B;
pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
void *ta(void *arg) { pthread_mutex_lock(&la); A.head->datum++; pthread_mutex_unlock(&la); return NULL; }
void *tb(void *arg) { pthread_mutex_lock(&lb); B.head->datum++; pthread_mutex_unlock(&lb); return NULL; }
int main(void) {
  A.head = calloc(1, sizeof *A.head);
  B = A;
  pthread_t x, y;
  pthread_create(&x, NULL, ta, NULL);
  pthread_create(&y, NULL, tb, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return 0;
}
