/* TRUTH: racy — both threads receive the same struct pointer and write its status field without synchronisation */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_21_shared_arg_field.c", 5, "reach_error"); }
struct task { int id; int status; };

void *run(void *arg) {
  struct task *tk = (struct task *)arg;
  if (tk->id > 0)
    tk->status = 1;
  return NULL;
}

int main(void) {
  struct task *tk = malloc(sizeof *tk);
  if (!tk) return 0;
  tk->id = 1;
  tk->status = 0;
  pthread_t a, b;
  pthread_create(&a, NULL, run, tk);
  pthread_create(&b, NULL, run, tk);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (tk->status != 1) reach_error();
  free(tk);
  return 0;
}
