/* TRUTH: racy — a local function pointer named exit_if points to a logger, not the exit helper */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
static int shared;
static void exit_if(int c) { if (c) pthread_exit(0); }
static void note_if(int c) { (void)c; }
static void *worker(void *a) {
  (void)a;
  void (*exit_if)(int) = note_if;
  exit_if(1);
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
