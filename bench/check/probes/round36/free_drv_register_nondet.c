/* TRUTH: free — main registers (malloc + init) devices[0..1] before any thread starts, on a nondet choice; each reader thread only reads fields of a registered device (never written after the creates) and bumps its own stats[id] element (id 0 or 1, distinct per thread); main unregisters (free) only after joining both threads. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
struct chardev { int major; int minor; int (*read)(struct chardev *); };
static struct chardev *devices[2];
static int stats[2];
static int cd_read(struct chardev *c) { return c->major * 256 + c->minor; }
static int register_dev(int i) {
  struct chardev *c = malloc(sizeof *c);
  if (!c) return -1;
  c->major = 10; c->minor = i; c->read = cd_read;
  devices[i] = c;
  return 0;
}
static void unregister_dev(int i) { free(devices[i]); devices[i] = 0; }
static void *reader(void *arg) {
  long id = (long)arg;
  struct chardev *c = devices[id];
  if (c) stats[id] += c->read(c);
  return 0;
}
int main(void) {
  pthread_t t[2];
  if (__VERIFIER_nondet_int()) register_dev(0);
  if (__VERIFIER_nondet_int()) register_dev(1);
  pthread_create(&t[0], 0, reader, (void *)0L);
  pthread_create(&t[1], 0, reader, (void *)1L);
  pthread_join(t[0], 0);
  pthread_join(t[1], 0);
  unregister_dev(0);
  unregister_dev(1);
  return stats[0] + stats[1];
}
