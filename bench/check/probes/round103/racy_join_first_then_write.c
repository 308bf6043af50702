/* TRUTH: racy — main joins only t1 before writing 'mode'; t2 is still running and reads mode */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }


int mode;
int r1, r2;

void *f1(void *arg) { r1 = 1; return 0; }
void *f2(void *arg) { r2 = mode; return 0; }

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, f1, 0);
  pthread_create(&t2, 0, f2, 0);
  pthread_join(t1, 0);
  mode = r1 + 1;
  pthread_join(t2, 0);
  return r2;
}
