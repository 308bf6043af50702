/* TRUTH: racy. main calls exit without joining; before it does, the two threads can run
   concurrently and both write x. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
int x;
void *w(void *arg) { x++; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  usleep(1000);
  exit(0);
}
