/* TRUTH: racy — for(;;){ if (ready) break; } on a plain int: main's ready = 1 races with the thread's reads */
#include <pthread.h>
int data; int ready; int out;
void *t(void *a) { for (;;) { if (ready) break; } out = data; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  data = 5;
  ready = 1;
  pthread_join(th, 0);
  return out;
}
