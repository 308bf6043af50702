/* TRUTH: free — single producer/single consumer; in only touched by producer, out only by consumer; slots handed over via empty/full semaphores */
#include <pthread.h>
#include <semaphore.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_42_spsc_sem_ring.c", 5, "reach_error"); }
#define SZ 2
#define CNT 5
int ring[SZ];
int in, out;
sem_t empty, full;

void *prod(void *arg) {
  for (int i = 1; i <= CNT; i++) {
    sem_wait(&empty);
    ring[in] = i;
    in = (in + 1) % SZ;
    sem_post(&full);
  }
  return NULL;
}

void *cons(void *arg) {
  int sum = 0;
  for (int i = 0; i < CNT; i++) {
    sem_wait(&full);
    sum += ring[out];
    out = (out + 1) % SZ;
    sem_post(&empty);
  }
  if (sum != 15) reach_error();
  return NULL;
}

int main(void) {
  sem_init(&empty, 0, SZ);
  sem_init(&full, 0, 0);
  pthread_t p, c;
  pthread_create(&p, NULL, prod, NULL);
  pthread_create(&c, NULL, cons, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
