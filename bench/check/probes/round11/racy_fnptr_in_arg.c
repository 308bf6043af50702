// racy: a generic trampoline thread calls the function pointer stored in its arg struct; one arg holds the unlocked writer.
#include <pthread.h>
struct job { void (*fn)(void); };
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pos;
static void job_locked(void) { pthread_mutex_lock(&m); pos++; pthread_mutex_unlock(&m); }
static void job_fast(void) { pos++; }
static void *tramp(void *a) { struct job *j = a; j->fn(); return 0; }
int main(void) {
  struct job j1 = { job_locked }, j2 = { job_fast };
  pthread_t a, b;
  pthread_create(&a, 0, tramp, &j1);
  pthread_create(&b, 0, tramp, &j2);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return pos;
}
