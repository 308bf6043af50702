/* TRUTH: racy. main writes g after creating the thread, then pthread_exit. */
#include <pthread.h>
static int g;
static void *w(void *v) { (void)v; return (void *)(long)g; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, w, NULL);
  g = 3;
  pthread_exit(NULL);
}
