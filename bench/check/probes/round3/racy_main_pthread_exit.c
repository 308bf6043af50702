/* TRUTH: racy. main exits via pthread_exit; the two threads keep running and increment g unlocked. */
#include <pthread.h>
static int g;
static void *w(void *v) { (void)v; g++; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_exit(NULL);
}
