/* TRUTH: free — wait_all() joins both handles stored in a global array before main writes total; threads write part[0], part[1] separately */
#include <pthread.h>
int part[2];
int total;
pthread_t th[2];
void *worker(void *a) { long i = (long)a; part[i] = (int)i + 1; return 0; }
static void spawn(long i) { pthread_create(&th[i], 0, worker, (void *)i); }
static void wait_all(void) { pthread_join(th[0], 0); pthread_join(th[1], 0); }
int main(void) {
  spawn(0);
  spawn(1);
  wait_all();
  total = part[0] + part[1];
  return total;
}
