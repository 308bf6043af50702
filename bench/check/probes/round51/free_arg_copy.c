/* TRUTH: free — each thread gets its own params element (distinct addresses) which main does not modify after create; thread copies it by value and writes only its local copy */
#include <pthread.h>
struct params { int base; int step; int n; };

void *gen(void *arg)
{
  struct params p = *(struct params *)arg;
  long s = 0;
  for (int i = 0; i < p.n && i < 10; i++) {
    s += p.base;
    p.base += p.step;
  }
  return (void *)s;
}

int main(void)
{
  pthread_t t[3];
  struct params ps[3];
  for (int i = 0; i < 3; i++) {
    ps[i].base = i;
    ps[i].step = 2;
    ps[i].n = 5;
    pthread_create(&t[i], 0, gen, &ps[i]);
  }
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  return 0;
}
