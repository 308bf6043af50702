/* TRUTH: racy — thread a runs op_safe (acc under gl) while thread b runs op_fast, which writes acc without gl */
#include <pthread.h>
static pthread_mutex_t gl = PTHREAD_MUTEX_INITIALIZER;
static int acc;
static void op_safe(void) { pthread_mutex_lock(&gl); acc += 2; pthread_mutex_unlock(&gl); }
static void op_fast(void) { acc += 1; }
typedef void (*op_t)(void);
static void *run(void *p) { op_t f = (op_t)p; f(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, run, (void *)op_safe); pthread_create(&b, 0, run, (void *)op_fast);
  pthread_join(a, 0); pthread_join(b, 0);
  return acc;
}
