/* TRUTH: racy — Dekker's algorithm on plain ints: wants[]/turn accessed concurrently, non-atomic */
#include <pthread.h>

int wants0, wants1, turn;
int critical;

void *d0(void *arg) {
  wants0 = 1;
  while (wants1) {
    if (turn != 0) {
      wants0 = 0;
      while (turn != 0) {}
      wants0 = 1;
    }
  }
  critical++;
  turn = 1;
  wants0 = 0;
  return 0;
}

void *d1(void *arg) {
  wants1 = 1;
  while (wants0) {
    if (turn != 1) {
      wants1 = 0;
      while (turn != 1) {}
      wants1 = 1;
    }
  }
  critical++;
  turn = 0;
  wants1 = 0;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, d0, 0);
  pthread_create(&b, 0, d1, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return critical;
}
