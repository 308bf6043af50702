/* TRUTH: free — each thread receives &cells[i] (distinct element) and writes only through that pointer */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_56_slot_ptr_arg.c", 4, "reach_error"); }
#define N 4
struct cell { int id; long acc; } cells[N];

void *crunch(void *arg) {
  struct cell *c = arg;
  for (int k = 0; k < 10; k++) c->acc += c->id;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) {
    cells[i].id = i;
    cells[i].acc = 0;
    pthread_create(&t[i], NULL, crunch, &cells[i]);
  }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++) if (cells[i].acc != 10 * i) reach_error();
  return 0;
}
