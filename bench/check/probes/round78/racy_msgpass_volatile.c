/* TRUTH: racy — flag is a plain int (not atomic): spin read of flag races with writer's store, and data reads are unordered */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
int data[4]; volatile int flag;
static void *writer(void *x) { for (int i = 0; i < 4; i++) data[i] = i + 1; flag = 1; return 0; }
static void *reader(void *x) { while (!flag) ; long s = 0; for (int i = 0; i < 4; i++) s += data[i]; return (void *)s; }
int main(void) {
  pthread_t a, b; void *r;
  pthread_create(&a, 0, writer, 0); pthread_create(&b, 0, reader, 0);
  pthread_join(a, 0); pthread_join(b, &r);
  printf("%ld\n", (long)r);
  return 0;
}
