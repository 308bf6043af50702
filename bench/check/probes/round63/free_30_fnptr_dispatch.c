/* TRUTH: free — both ops called through the function-pointer table modify acc only under gl */
#include <pthread.h>
static pthread_mutex_t gl = PTHREAD_MUTEX_INITIALIZER;
static int acc = 1;
static void op_add(int v) { pthread_mutex_lock(&gl); acc += v; pthread_mutex_unlock(&gl); }
static void op_mul(int v) { pthread_mutex_lock(&gl); acc *= v; pthread_mutex_unlock(&gl); }
static void (*ops[2])(int) = { op_add, op_mul };
static void *run(void *p) { int k = (int)(long)p; ops[k](3); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, run, (void *)0L); pthread_create(&b, 0, run, (void *)1L);
  pthread_join(a, 0); pthread_join(b, 0);
  return acc;
}
