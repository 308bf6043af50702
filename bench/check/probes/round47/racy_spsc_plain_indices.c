/* TRUTH: racy — SPSC ring where head/tail are plain ints: producer writes head while consumer reads it (and vice versa for tail) */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define RS 4
int ring[RS];
unsigned head, tail;

void *producer(void *a) {
  unsigned i;
  for (i = 0; i < 6; i++) {
    while (head - tail == RS) {}
    ring[head % RS] = (int)i;
    head++;
  }
  return 0;
}

void *consumer(void *a) {
  unsigned i;
  for (i = 0; i < 6; i++) {
    while (head == tail) {}
    if (ring[tail % RS] != (int)i) reach_error();
    tail++;
  }
  return 0;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
