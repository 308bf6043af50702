/* TRUTH: free — after the loop i is 3, so leave_if(i == 3) always exits */
#include <pthread.h>
#include <math.h>
#include <limits.h>
#include <string.h>
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  int i;
  for (i = 0; i < 3; i++)
    ;
  leave_if(i == 3);
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
