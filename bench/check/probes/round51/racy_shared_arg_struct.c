/* TRUTH: racy — main passes the same request struct to both threads and each writes req->result */
#include <pthread.h>
#include <stdlib.h>
struct request { int in; int result; };
void *serve(void *arg)
{
  struct request *req = arg;
  if (req->in < 0)
    return NULL;
  req->result = req->in + 1;
  return NULL;
}
int main(void)
{
  pthread_t a, b;
  struct request *req = malloc(sizeof *req);
  if (!req)
    return 0;
  req->in = 3;
  req->result = 0;
  pthread_create(&a, 0, serve, req);
  pthread_create(&b, 0, serve, req);
  pthread_join(a, 0);
  pthread_join(b, 0);
  free(req);
  return 0;
}
