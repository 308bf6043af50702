// racy: handlers started from an array of function pointers; h_ioctl writes mode unlocked while h_poll reads it.
#include <pthread.h>
static int mode;
static void *h_open(void *a) { return 0; }
static void *h_ioctl(void *a) { mode = 3; return 0; }
static void *h_poll(void *a) { return (void *)(long)mode; }
static void *(*handlers[])(void *) = { h_open, h_ioctl, h_poll };
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, handlers[i], 0);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return mode;
}
