/* TRUTH: free — v == 3: execl of /bin/true replaces the process (the file exists), x++ never runs */
#include <pthread.h>
#include <unistd.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v == 3) execl("/bin/true", "true", (char *)0);
  if (v == 3) x++;
  pthread_join(id, 0);
  return 0;
}
