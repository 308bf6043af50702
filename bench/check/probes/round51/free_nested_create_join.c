/* TRUTH: free — the parent thread writes buf before creating the child and reads it only after joining the child; main joins the parent before reading */
#include <pthread.h>
int buf[4];
void *child(void *arg)
{
  for (int i = 0; i < 4; i++)
    buf[i] += 1;
  return 0;
}
void *parent(void *arg)
{
  pthread_t c;
  for (int i = 0; i < 4; i++)
    buf[i] = i;
  pthread_create(&c, 0, child, 0);
  pthread_join(c, 0);
  return (void *)(long)buf[3];
}
int main(void)
{
  pthread_t p;
  pthread_create(&p, 0, parent, 0);
  pthread_join(p, 0);
  return buf[0] != 1;
}
