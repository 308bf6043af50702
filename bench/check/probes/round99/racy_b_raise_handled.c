/* TRUTH: racy — raise(SIGUSR1) runs a handler that returns; the worker continues to shared++ */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
static int shared;
static void on_usr1(int s) { (void)s; }
static void die_if(int c) { if (c) raise(SIGUSR1); }
static void *worker(void *a) {
  (void)a;
  signal(SIGUSR1, on_usr1);
  die_if(1);
  shared++;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  shared++;
  pthread_join(t, 0);
  return 0;
}
