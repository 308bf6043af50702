/* TRUTH: free — atomic_enter()/atomic_exit() are the driver's own "interrupts off" wrappers: they lock and unlock the pthread mutex irq_mtx. Both the ISR thread (sensor_isr) and the read thread (sensor_read) access sensor.sample/sensor.seq only between atomic_enter() and atomic_exit(); main reads after joining both. */
#include <pthread.h>
static pthread_mutex_t irq_mtx = PTHREAD_MUTEX_INITIALIZER;
static void atomic_enter(void) { pthread_mutex_lock(&irq_mtx); }
static void atomic_exit(void) { pthread_mutex_unlock(&irq_mtx); }
struct sensor { int sample; int seq; };
static struct sensor sensor;
struct sensor_ops { void (*isr)(void); int (*read)(void); };
static void sensor_isr(void) { atomic_enter(); sensor.sample = 17; sensor.seq++; atomic_exit(); }
static int sensor_read(void) { int v; atomic_enter(); v = sensor.sample + sensor.seq; sensor.seq = 0; atomic_exit(); return v; }
static struct sensor_ops ops = { sensor_isr, sensor_read };
static void *isr_thread(void *a) { ops.isr(); return 0; }
static void *read_thread(void *a) { ops.read(); return 0; }
int main(void) {
  pthread_t i, r;
  pthread_create(&i, 0, isr_thread, 0);
  pthread_create(&r, 0, read_thread, 0);
  pthread_join(i, 0); pthread_join(r, 0);
  return sensor.seq;
}
