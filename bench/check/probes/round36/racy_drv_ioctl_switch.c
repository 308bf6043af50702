/* TRUTH: racy — my_ioctl handles CMD_SET_SPEED before taking cfg_lock: `cfg.speed = (int)arg` with no lock in a user thread races with the irq thread's `cfg.speed = 0` / the other user's reads under cfg_lock, and two user threads may both pick CMD_SET_SPEED (nondet). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
enum { CMD_SET_MODE, CMD_SET_SPEED, CMD_GET };
static pthread_mutex_t cfg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct { int mode; int speed; } cfg;
struct drv_ops { long (*ioctl)(int, long); void (*irq)(void); };
static long my_ioctl(int cmd, long arg) {
  long r = 0;
  if (cmd == CMD_SET_SPEED) { cfg.speed = (int)arg; return 0; }
  pthread_mutex_lock(&cfg_lock);
  switch (cmd) {
  case CMD_SET_MODE: cfg.mode = (int)arg; break;
  default: r = cfg.mode * 1000 + cfg.speed; break;
  }
  pthread_mutex_unlock(&cfg_lock);
  return r;
}
static void my_irq(void) {
  pthread_mutex_lock(&cfg_lock);
  if (cfg.mode == 2) cfg.speed = 0;
  pthread_mutex_unlock(&cfg_lock);
}
static struct drv_ops ops = { .ioctl = my_ioctl, .irq = my_irq };
static void *user(void *a) { ops.ioctl(__VERIFIER_nondet_int(), __VERIFIER_nondet_int()); return 0; }
static void *irq(void *a) { ops.irq(); return 0; }
int main(void) {
  pthread_t u1, u2, i1;
  pthread_create(&u1, 0, user, 0);
  pthread_create(&u2, 0, user, 0);
  pthread_create(&i1, 0, irq, 0);
  pthread_join(u1, 0); pthread_join(u2, 0); pthread_join(i1, 0);
  return 0;
}
