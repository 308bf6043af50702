/* TRUTH: free — spawn returns a struct holding the handle; main joins through it before writing g */
#include <pthread.h>
#include <stdio.h>
struct thr { pthread_t th; };
int g;
static struct thr spawn(void *(*fn)(void *), void *arg) { struct thr r; pthread_create(&r.th, 0, fn, arg); return r; }
static void reap(struct thr t) { pthread_join(t.th, 0); }
void *w(void *a) { g = 1; return 0; }
int main(void) {
  struct thr t = spawn(w, 0);
  reap(t);
  g = 2;
  printf("%d\n", g);
  return 0;
}
