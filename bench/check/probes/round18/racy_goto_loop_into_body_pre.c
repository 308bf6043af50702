/* TRUTH: racy. goto enters the for body at L; y = 1 before L runs on the next iteration while t writes y */
#include <pthread.h>
int y;
void *t(void *a) { y = 5; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  int i = 0;
  pthread_create(&th, 0, t, 0);
  goto L;
  for (; i < 3; i++) {
    y = 1;
  L:;
  }
  pthread_join(th, 0);
  return 0;
}
