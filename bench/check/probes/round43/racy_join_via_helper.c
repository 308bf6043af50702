/* TRUTH: racy — wait_some() joins only th[0]; th[1] writes part[1] while main reads part[1] */
#include <pthread.h>
int part[2];
int total;
pthread_t th[2];
void *worker(void *a) { long i = (long)a; part[i] = (int)i + 1; return 0; }
static void spawn(long i) { pthread_create(&th[i], 0, worker, (void *)i); }
static void wait_some(void) { pthread_join(th[0], 0); }
int main(void) {
  spawn(0);
  spawn(1);
  wait_some();
  total = part[0] + part[1];
  pthread_join(th[1], 0);
  return total;
}
