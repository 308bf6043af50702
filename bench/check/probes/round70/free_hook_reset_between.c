/* TRUTH: free — only w1 comes from the same-buffer hook; w2, w3 from malloc; reap(w1) joins f */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct thread { pthread_t id; };
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static void *(*my_alloc)(size_t) = malloc;
static void set_alloc(void *(*fn)(size_t)) { my_alloc = fn; }
static struct thread *spawn(void *(*fn)(void *), void *arg) {
  struct thread *t = my_alloc(sizeof *t);
  pthread_create(&t->id, 0, fn, arg);
  return t;
}
static struct thread buf;
static void *one_buf(size_t n) { return &buf; }
int main(void) { set_alloc(one_buf); struct thread *w1 = spawn(f, 0); set_alloc(malloc); struct thread *w2 = spawn(h, 0); struct thread *w3 = (set_alloc(malloc), spawn(h, 0)); reap(w1); g = 1; (void)w2; (void)w3; return 0; }
