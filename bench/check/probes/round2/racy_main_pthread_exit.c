/* TRUTH: racy. main ends with pthread_exit; the two threads it started keep running and
   both write x. */
#include <pthread.h>
int x;
void *w1(void *arg) { x = 1; return NULL; }
void *w2(void *arg) { x = 2; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w1, NULL);
  pthread_create(&b, NULL, w2, NULL);
  pthread_exit(NULL);
}
