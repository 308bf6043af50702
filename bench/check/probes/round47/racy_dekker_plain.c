/* TRUTH: racy — Dekker's algorithm on plain (non-atomic) wants/turn: thread 0 writes wants0 while thread 1 reads it with no synchronization */
#include <pthread.h>
int wants0, wants1, turn;
int cs;

void *p0(void *a) {
  wants0 = 1;
  while (wants1) {
    if (turn != 0) {
      wants0 = 0;
      while (turn != 0) {}
      wants0 = 1;
    }
  }
  cs++;
  turn = 1;
  wants0 = 0;
  return 0;
}

void *p1(void *a) {
  wants1 = 1;
  while (wants0) {
    if (turn != 1) {
      wants1 = 0;
      while (turn != 1) {}
      wants1 = 1;
    }
  }
  cs++;
  turn = 0;
  wants1 = 0;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, p0, 0);
  pthread_create(&b, 0, p1, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cs;
}
