/* Starts children three ways: posix_spawn with an empty environment, system(), and popen(). */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

int main(void)
{
    char *argv[] = {"/bin/true", NULL}, *env[] = {NULL}, line[64] = "";
    pid_t pid;
    int st = 0;
    FILE *f;

    if (posix_spawn(&pid, "/bin/true", NULL, NULL, argv, env) != 0 || waitpid(pid, &st, 0) != pid)
        return 1;
    printf("spawned %d\n", WEXITSTATUS(st));
    printf("system %d\n", WEXITSTATUS(system("exit 3")));
    f = popen("echo piped", "r");
    if (!f || !fgets(line, sizeof line, f))
        return 1;
    printf("popen %s", line);
    return WEXITSTATUS(pclose(f));
}
